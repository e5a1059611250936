package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.List;
import java.util.Objects;

/** Where a message goes, in chat-neutral terms; each adapter resolves it to its own conversation ids. */
public sealed interface Recipient {

  /** A stable text form, stored in the outbox and used in idempotency keys. */
  String address();

  /** A one-to-one conversation with the bot. */
  record DirectMessage(ChatUserId user) implements Recipient {
    public DirectMessage {
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String address() {
      return "dm:" + user.value();
    }
  }

  /** A channel the bot is a member of, such as the managers' channel. */
  record Channel(String channelId) implements Recipient {
    public Channel {
      Objects.requireNonNull(channelId, "channelId");
    }

    @Override
    public String address() {
      return "channel:" + channelId;
    }
  }

  /** A group conversation of the bot with several people, for introductions. */
  record Group(List<ChatUserId> users) implements Recipient {
    public Group {
      // sorted, so that the same people make the same group however they were listed
      users = users.stream().sorted(java.util.Comparator.comparing(ChatUserId::value)).distinct().toList();
      if (users.size() < 2) {
        throw new IllegalArgumentException("a group message needs at least two people");
      }
    }

    @Override
    public String address() {
      return "group:" + String.join(",", users.stream().map(ChatUserId::value).sorted().toList());
    }
  }

  static Recipient parse(String address) {
    int colon = address.indexOf(':');
    String kind = colon < 0 ? "" : address.substring(0, colon);
    String rest = address.substring(colon + 1);
    return switch (kind) {
      case "dm" -> new DirectMessage(new ChatUserId(rest));
      case "channel" -> new Channel(rest);
      case "group" -> new Group(java.util.Arrays.stream(rest.split(",")).map(ChatUserId::new).toList());
      default -> throw new IllegalArgumentException("not a recipient address: " + address);
    };
  }
}
