package uk.bcf.ledger.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Limits password guessing with Bucket4j token buckets, one token per failed sign-in ({@code bcf.security.sign-in}):
 * <ul>
 *   <li>per user name (whether or not such a user exists, so the answer tells nothing): {@code failures-per-user}
 *       at once, coming back evenly over {@code per-user-refill}; beyond, sign-ins for that name are refused;</li>
 *   <li>lock-out: {@code lock-out-after} failures for a name within {@code lock-out-period} (counted from its first
 *       failure) lock it until that period ends, its right password included;</li>
 *   <li>per client address: {@code failures-per-address}, coming back over {@code per-address-refill}.</li>
 * </ul>
 * A successful sign-in forgets the name's failures. The buckets are in this instance's memory (at most
 * {@value #MAX_TRACKED} names and addresses each; past that they start afresh): with several instances behind a
 * load balancer each counts on its own, so the numbers are per instance (ADR 8).
 */
public class SignInThrottle {

    static final int MAX_TRACKED = 100_000;

    /** What became of a failure: whether it locked the name out. */
    public enum Failure {
        COUNTED,
        LOCKED_OUT
    }

    private record UserBuckets(Bucket throttle, Bucket lockOut) {}

    private final LedgerSecurityProperties.SignIn limits;
    private final TimeMeter time;
    private final Map<String, UserBuckets> users = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(LedgerSecurityProperties.SignIn limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
    }

    /** How long the sign-in must wait, if it may not be tried now for this name or from this address. */
    public Optional<Duration> refusal(String username, String address) {
        UserBuckets user = users.get(key(username));
        Bucket client = addresses.get(address);
        long wait = Math.max(
                user == null ? 0 : Math.max(waitFor(user.throttle()), waitFor(user.lockOut())),
                client == null ? 0 : waitFor(client));
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    /** Counts a failed sign-in against the name and the address. */
    public Failure failed(String username, String address) {
        UserBuckets user = tracked(
                users,
                key(username),
                name -> new UserBuckets(
                        bucket(limits.failuresPerUser(), limits.perUserRefill(), false),
                        bucket(limits.lockOutAfter(), limits.lockOutPeriod(), true)));
        tracked(addresses, address, any -> bucket(limits.failuresPerAddress(), limits.perAddressRefill(), false))
                .tryConsume(1);
        user.throttle().tryConsume(1);
        boolean lockedNow = user.lockOut().tryConsume(1) && user.lockOut().getAvailableTokens() == 0;
        return lockedNow ? Failure.LOCKED_OUT : Failure.COUNTED;
    }

    /** Forgets the name's failures after it signed in with the right password. */
    public void succeeded(String username) {
        users.remove(key(username));
    }

    private Bucket bucket(int capacity, Duration period, boolean allAtOnce) {
        return Bucket.builder()
                .addLimit(limit -> allAtOnce
                        ? limit.capacity(capacity).refillIntervally(capacity, period)
                        : limit.capacity(capacity).refillGreedy(capacity, period))
                .withCustomTimePrecision(time)
                .build();
    }

    private static long waitFor(Bucket bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static <T> T tracked(Map<String, T> map, String key, Function<String, T> create) {
        if (map.size() >= MAX_TRACKED && !map.containsKey(key)) {
            map.clear();
        }
        return map.computeIfAbsent(key, create);
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
