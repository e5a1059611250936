package dev.onboardingbuddy.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.model.User;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.People;
import java.util.Optional;

/** {@link People} from Slack profiles ({@code users.info}, {@code users.lookupByEmail}). Thread-safe. */
public final class SlackPeople implements People {
    private final MethodsClient methods;

    public SlackPeople(MethodsClient methods) {
        this.methods = methods;
    }

    /**
     * @return empty when Slack does not know the user
     * @throws dev.onboardingbuddy.notification.DeliveryFailure when Slack could not be asked
     */
    @Override
    public Optional<Person> find(ChatUserId user) {
        UsersInfoResponse response = SlackCalls.send("users.info", () -> methods.usersInfo(r -> r.user(user.value())));
        if (!response.isOk()) {
            if ("user_not_found".equals(response.getError())) {
                return Optional.empty();
            }
            throw SlackCalls.refused("users.info", response.getError());
        }
        User profile = response.getUser();
        if (profile == null) {
            return Optional.empty();
        }
        String name = profile.getRealName() != null ? profile.getRealName() : String.valueOf(profile.getName());
        return Optional.of(new Person(user, name, People.zone(profile.getTz()), profile.isDeleted()));
    }

    /**
     * Needs the {@code users:read.email} scope; Slack answers {@code users_not_found} for an address nobody in the
     * workspace has, deactivated people included.
     */
    @Override
    public Optional<ChatUserId> findByEmail(String email) {
        UsersLookupByEmailResponse response =
                SlackCalls.send("users.lookupByEmail", () -> methods.usersLookupByEmail(r -> r.email(email)));
        if (!response.isOk()) {
            if ("users_not_found".equals(response.getError())) {
                return Optional.empty();
            }
            throw SlackCalls.refused("users.lookupByEmail", response.getError());
        }
        User found = response.getUser();
        return found == null || found.isDeleted() || found.isBot()
                ? Optional.empty()
                : Optional.of(ChatUserId.slack(found.getId()));
    }
}
