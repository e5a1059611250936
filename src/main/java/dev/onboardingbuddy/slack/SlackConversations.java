package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.Recipient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link Recipient} into the Slack conversation id to post to. A direct message must go to the {@code D...}
 * channel from {@code conversations.open}: posting to a {@code U...} id lands in the user's Slackbot DM instead.
 * Thread-safe; opened conversations are cached for the life of the process (their ids never change), failures are not.
 */
final class SlackConversations {

    private final SlackWebApi slack;
    private final Map<String, String> opened = new ConcurrentHashMap<>();

    SlackConversations(SlackWebApi slack) {
        this.slack = slack;
    }

    String channelOf(Recipient recipient) {
        if (recipient instanceof Recipient.Channel channel) {
            return channel.channelId();
        } else if (recipient instanceof Recipient.DirectMessage dm) {
            return open(recipient.address(), List.of(dm.user()));
        } else if (recipient instanceof Recipient.Group group) {
            return open(recipient.address(), group.users());
        }
        throw new IllegalArgumentException("unknown recipient " + recipient.address());
    }

    private String open(String address, List<ChatUserId> users) {
        String cached = opened.get(address);
        if (cached != null) {
            return cached;
        }
        // Not computeIfAbsent: the HTTP call must not run while holding the map's bin lock. Two racing threads may
        // both open the same conversation; Slack answers both with the same id, so that is harmless.
        List<String> ids = users.stream().map(ChatUserId::value).toList();
        String channel = SlackCalls.require("conversations.open", () -> slack.conversationsOpen(r -> r.users(ids)))
                .getChannel()
                .getId();
        opened.putIfAbsent(address, channel);
        return channel;
    }
}
