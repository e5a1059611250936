package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.enrollment.ChatIds;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one team from its node tree, reporting every problem. Not thread-safe: one per file. */
final class TeamReader {
    static final List<String> FIELDS = List.of("id", "name", "managerChannel", "members", "managers", "leads");
    static final List<String> MEMBER_FIELDS = List.of("role", "person", "topics");

    private final Problems problems;

    TeamReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Team> read(Node root, String expectedId) {
        Optional<YamlMapping> read = YamlMapping.of(root, "team", problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping team = read.get();
        team.rejectUnknown(FIELDS);
        Optional<String> id = team.requiredText("id");
        if (id.isPresent() && !id.get().equals(expectedId)) {
            team.problem(
                    "id",
                    "id '" + id.get() + "' does not match the file name '" + expectedId
                            + ".yaml'; rename the file or change the id");
        }
        Optional<String> name = team.requiredText("name");
        Optional<String> channel = team.text("managerChannel");
        if (channel.isPresent() && ChatIds.channelPlatform(channel.get()).isEmpty()) {
            team.problem(
                    "managerChannel",
                    "managerChannel '" + channel.get()
                            + "' is not a channel id; copy the id (Slack: C... from the channel's details; Teams: 19:...@thread...)");
        }
        List<TeamMember> members = members(team);
        List<ChatUserId> managers = people(team, "managers");
        List<ChatUserId> leads = people(team, "leads");
        if (!problems.isEmpty() || id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Team(id.get(), name.get(), channel, members, managers, leads));
    }

    /** A list of user ids, such as {@code managers:} or {@code leads:}. */
    private List<ChatUserId> people(YamlMapping team, String field) {
        List<ChatUserId> people = new ArrayList<>();
        for (String text : team.texts(field)) {
            Optional<ChatUserId> person = ChatIds.person(text);
            if (person.isEmpty()) {
                team.problem(
                        field,
                        field + " has '" + text + "', which is not a Slack user id such as U012AB3CD or a "
                                + "Teams user id such as 29:1AbC");
            }
            person.ifPresent(people::add);
        }
        return people;
    }

    private List<TeamMember> members(YamlMapping team) {
        List<TeamMember> members = new ArrayList<>();
        Map<String, Integer> roles = new HashMap<>();
        int position = 0;
        for (Node node : team.list("members")) {
            position++;
            Optional<YamlMapping> read = YamlMapping.of(node, "member " + position, problems);
            if (read.isEmpty()) {
                continue;
            }
            YamlMapping member = read.get();
            member.rejectUnknown(MEMBER_FIELDS);
            Optional<String> role = member.requiredText("role");
            Optional<String> person = member.requiredText("person");
            Optional<ChatUserId> id = person.flatMap(ChatIds::person);
            if (person.isPresent() && id.isEmpty()) {
                member.problem(
                        "person",
                        "person '" + person.get() + "' is not a Slack user id such as U012AB3CD or a Teams "
                                + "user id such as 29:1AbC");
                continue;
            }
            if (role.isPresent()) {
                Integer first = roles.putIfAbsent(role.get().toLowerCase(Locale.ROOT), member.lineOf("role"));
                if (first != null) {
                    member.problem("role", "role '" + role.get() + "' is already filled on line " + first);
                }
            }
            if (role.isPresent() && person.isPresent()) {
                members.add(new TeamMember(
                        role.get(), id.orElseThrow(), member.text("topics").orElse("")));
            }
        }
        return members;
    }
}
