package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches the Bot Framework JWK set for nimbus and keeps each key's {@code endorsements} on the side: nimbus' JWK
 * parser drops members it does not know, and the channel check needs this one. Reading the same bytes nimbus
 * parses means no second request and no window where the two views disagree about which keys exist. Thread-safe.
 */
final class EndorsementRecordingRetriever implements ResourceRetriever {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResourceRetriever delegate;
    private volatile Map<String, Endorsements> endorsementsByKeyId = Map.of();

    /** A key's channel list; a key that lists none may sign for any channel, as in Microsoft's own validators. */
    record Endorsements(boolean listed, List<String> channels) {
        boolean allow(String channelId) {
            return !listed || (channelId != null && channels.contains(channelId));
        }
    }

    EndorsementRecordingRetriever(ResourceRetriever delegate) {
        this.delegate = delegate;
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        Resource resource = delegate.retrieveResource(url);
        endorsementsByKeyId = parse(resource.getContent());
        return resource;
    }

    /**
     * The key's endorsements from the latest fetch; empty when that fetch did not hold the key (a rotation raced the
     * check: the caller refuses rather than guess).
     */
    Optional<Endorsements> endorsements(String keyId) {
        return Optional.ofNullable(endorsementsByKeyId.get(keyId));
    }

    private static Map<String, Endorsements> parse(String jwkSet) throws IOException {
        Map<String, Endorsements> byKeyId = new HashMap<>();
        for (JsonNode key : JSON.readTree(jwkSet).path("keys")) {
            String keyId = key.path("kid").asText(null);
            if (keyId == null) {
                continue;
            }
            JsonNode listed = key.get("endorsements");
            if (listed == null || !listed.isArray()) {
                byKeyId.put(keyId, new Endorsements(false, List.of()));
                continue;
            }
            List<String> channels = new ArrayList<>();
            listed.forEach(channel -> channels.add(channel.asText()));
            byKeyId.put(keyId, new Endorsements(true, List.copyOf(channels)));
        }
        return Map.copyOf(byKeyId);
    }
}
