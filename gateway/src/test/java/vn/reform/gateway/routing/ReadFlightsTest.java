package vn.reform.gateway.routing;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadFlightsTest {

    private final ReadFlights<String, String> flights = new ReadFlights<>();

    @Test
    void theFirstReadCallsAtOnceAndReadsArrivingMeanwhileShareTheNextCallNotTheRunningOne() {
        ReadFlights.Ticket<String, String> first = flights.join("round-1");
        ReadFlights.Ticket<String, String> second = flights.join("round-1");
        ReadFlights.Ticket<String, String> third = flights.join("round-1");

        assertThat(first.leads()).isTrue();
        assertThat(started(first)).isTrue();
        assertThat(second.leads()).as("the first to arrive during a call makes the next one").isTrue();
        assertThat(started(second)).as("only once the running call has ended").isFalse();
        assertThat(third.leads()).isFalse();
        assertThat(third.flight()).isSameAs(second.flight()).isNotSameAs(first.flight());

        first.land("answer of call 1");
        assertThat(answer(first)).contains("answer of call 1");
        assertThat(started(second)).isTrue();
        assertThat(third.answer().toFuture()).isNotDone();

        ReadFlights.Ticket<String, String> fourth = flights.join("round-1");
        assertThat(fourth.leads()).as("call 2 is running now: a newcomer waits for call 3").isTrue();
        assertThat(fourth.flight()).isNotSameAs(second.flight());

        second.land("answer of call 2");
        assertThat(answer(third)).contains("answer of call 2");
        fourth.land("answer of call 3");
        assertThat(flights.keysInFlight()).isZero();
    }

    @Test
    void differentKeysNeverShare() {
        ReadFlights.Ticket<String, String> one = flights.join("round-1 for HOME_AFFAIRS");
        ReadFlights.Ticket<String, String> other = flights.join("round-1 for agency STP");

        assertThat(one.leads()).isTrue();
        assertThat(other.leads()).isTrue();
        assertThat(started(other)).isTrue();
        one.land("a");
        other.land("b");
        assertThat(flights.keysInFlight()).isZero();
    }

    @Test
    void aCallThatEndsWithNothingToShareSendsItsFollowersToTheServiceThemselves() {
        ReadFlights.Ticket<String, String> first = flights.join("k");
        ReadFlights.Ticket<String, String> leader = flights.join("k");
        ReadFlights.Ticket<String, String> follower = flights.join("k");

        first.land("first");
        leader.land(null); // e.g. its client went away, or the answer was too big to keep

        assertThat(answer(follower)).isEmpty();
        assertThat(flights.keysInFlight()).isZero();
    }

    @Test
    void aLeaderThatLeavesBeforeItsCallStartsFreesItsFollowersAndLaterReadsMakeANewCall() {
        ReadFlights.Ticket<String, String> running = flights.join("k");
        ReadFlights.Ticket<String, String> leader = flights.join("k");
        ReadFlights.Ticket<String, String> follower = flights.join("k");

        leader.land(null);
        assertThat(answer(follower)).isEmpty();
        ReadFlights.Ticket<String, String> later = flights.join("k");
        assertThat(later.leads()).isTrue();
        assertThat(later.flight()).isNotSameAs(leader.flight());

        running.land("running");
        assertThat(started(later)).isTrue();
        later.land("later");
        running.land("again"); // landing twice changes nothing
        assertThat(answer(running)).contains("running");
        assertThat(flights.keysInFlight()).isZero();
    }

    private static boolean started(ReadFlights.Ticket<String, String> ticket) {
        return ticket.startAfter().toFuture().isDone();
    }

    private static Optional<String> answer(ReadFlights.Ticket<String, String> ticket) {
        return ticket.answer().block(Duration.ofSeconds(1));
    }
}
