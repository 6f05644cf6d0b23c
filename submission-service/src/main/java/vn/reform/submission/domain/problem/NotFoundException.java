package vn.reform.submission.domain.problem;

/** Refused: an unknown round, agency, template or version (404). */
public class NotFoundException extends DomainProblem {

    public NotFoundException(String code, Object... args) {
        super(code, args);
    }
}
