package dev.onboardingbuddy.msteams;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * nimbus' audience, issuer and lifetime checks, with "now" taken from the injected clock instead of {@code new Date()}
 * so that tests and the rest of the bot agree on the time. Requires {@code exp}; {@code nbf} is checked when present.
 */
final class ClockedClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
    private final Clock clock;

    ClockedClaimsVerifier(String audience, String issuer, int clockSkewSeconds, Clock clock) {
        super(Set.of(audience), new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp"), Set.of());
        setMaxClockSkew(clockSkewSeconds);
        this.clock = clock;
    }

    @Override
    protected Date currentTime() {
        return Date.from(clock.instant());
    }
}
