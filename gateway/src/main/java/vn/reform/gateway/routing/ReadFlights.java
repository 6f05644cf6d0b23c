package vn.reform.gateway.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Identical reads in flight at once share one backend call. A read that arrives while a call for the same key is
 * running does not take that call's answer (it may predate the read); it waits for the <em>next</em> call, which
 * starts when the running one ends and is shared by every read that arrived meanwhile. So every answer was produced
 * after its read arrived, and a key has at most one call running and one waiting, however many readers there are.
 * <p>
 * The first read to join a waiting call makes it ({@link Ticket#leads()}); the others follow. A call that ends
 * without an answer to share (the leader's client went away, the answer was too big to keep) gives its followers
 * {@link Optional#empty()}: each then calls the backend itself.
 */
final class ReadFlights<K, A> {

    private final Map<K, Flight<A>> running = new HashMap<>();
    private final Map<K, Flight<A>> waiting = new HashMap<>();
    private long readsThatWaited;

    /** Joins the flight that will answer a read of {@code key} arriving now. */
    synchronized Ticket<K, A> join(K key) {
        Flight<A> current = running.get(key);
        if (current == null) {
            Flight<A> flight = new Flight<>();
            running.put(key, flight);
            return new Ticket<>(this, key, flight, true, Mono.empty());
        }
        readsThatWaited++;
        Flight<A> next = waiting.get(key);
        if (next == null) {
            next = new Flight<>();
            waiting.put(key, next);
            return new Ticket<>(this, key, next, true, current.answer().then());
        }
        return new Ticket<>(this, key, next, false, Mono.empty());
    }

    /** Ends a flight (again is harmless): the call waiting behind it may start, its followers get {@code answer}. */
    void land(K key, Flight<A> flight, A answer) {
        synchronized (this) {
            if (running.get(key) == flight) {
                Flight<A> next = waiting.remove(key);
                if (next == null) {
                    running.remove(key);
                } else {
                    running.put(key, next);
                }
            } else if (waiting.get(key) == flight) {
                waiting.remove(key); // its leader left before it started: later reads make a new one
            }
        }
        flight.answers.tryEmitValue(Optional.ofNullable(answer));
    }

    /** Reads so far that arrived while a call of their key was running (for tests: they have joined). */
    synchronized long readsThatWaited() {
        return readsThatWaited;
    }

    /** Keys with a call running or waiting (for tests: nothing is left behind). */
    synchronized int keysInFlight() {
        return running.size() + waiting.size();
    }

    static final class Flight<A> {

        private final Sinks.One<Optional<A>> answers = Sinks.one();

        Mono<Optional<A>> answer() {
            return answers.asMono();
        }
    }

    /**
     * A read's place: if it {@code leads}, it calls the backend once {@code startAfter} completes and lands the
     * flight with what it got; otherwise it waits for the flight's {@link #answer()}.
     */
    record Ticket<K, A>(ReadFlights<K, A> flights, K key, Flight<A> flight, boolean leads, Mono<Void> startAfter) {

        Mono<Optional<A>> answer() {
            return flight.answer();
        }

        void land(A answer) {
            flights.land(key, flight, answer);
        }
    }
}
