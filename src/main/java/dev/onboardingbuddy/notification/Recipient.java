package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a message goes, in chat-neutral terms; the adapter of the recipient's platform resolves it to its own
 * conversation ids.
 */
public sealed interface Recipient {

    /**
     * A stable text form, stored in the outbox. Slack recipients keep the form of the rows written before Teams
     * existed ({@code dm:U1}); other platforms' ids carry their key ({@code dm:msteams:29:1}).
     */
    String address();

    Platform platform();

    /** A one-to-one conversation with the bot. */
    record DirectMessage(ChatUserId user) implements Recipient {
        public DirectMessage {
            Objects.requireNonNull(user, "user");
        }

        @Override
        public String address() {
            return "dm:" + user.stored();
        }

        @Override
        public Platform platform() {
            return user.platform();
        }
    }

    /** A channel the bot is a member of, such as the managers' channel. */
    record Channel(Platform platform, String channelId) implements Recipient {
        public Channel {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(channelId, "channelId");
        }

        @Override
        public String address() {
            return "channel:" + new ChatUserId(platform, channelId).stored();
        }
    }

    /** A group conversation of the bot with several people of one platform, for introductions. */
    record Group(List<ChatUserId> users) implements Recipient {
        public Group {
            // sorted, so that the same people make the same group however they were listed
            users = users.stream()
                    .sorted(Comparator.comparing(ChatUserId::value))
                    .distinct()
                    .toList();
            if (users.size() < 2) {
                throw new IllegalArgumentException("a group message needs at least two people");
            }
            if (users.stream().map(ChatUserId::platform).distinct().count() > 1) {
                throw new IllegalArgumentException("a group message stays on one platform");
            }
            if (!users.get(0).platform().opensGroupChats()) {
                throw new IllegalArgumentException(
                        users.get(0).platform().displayName() + " has no group chats for bots");
            }
        }

        @Override
        public String address() {
            return "group:"
                    + String.join(",", users.stream().map(ChatUserId::stored).toList());
        }

        @Override
        public Platform platform() {
            return users.get(0).platform();
        }
    }

    static Recipient parse(String address) {
        int colon = address.indexOf(':');
        String kind = colon < 0 ? "" : address.substring(0, colon);
        String rest = address.substring(colon + 1);
        return switch (kind) {
            case "dm" -> new DirectMessage(ChatUserId.fromStored(rest));
            case "channel" -> {
                ChatUserId channel = ChatUserId.fromStored(rest);
                yield new Channel(channel.platform(), channel.value());
            }
            case "group" ->
                new Group(Arrays.stream(rest.split(","))
                        .map(ChatUserId::fromStored)
                        .toList());
            default -> throw new IllegalArgumentException("not a recipient address: " + address);
        };
    }
}
