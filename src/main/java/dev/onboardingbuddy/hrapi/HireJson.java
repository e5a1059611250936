package dev.onboardingbuddy.hrapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.progress.CompletionRecord;
import dev.onboardingbuddy.progress.HireRecords;
import java.util.List;
import java.util.Optional;

/**
 * The API's JSON for hires, as the OpenAPI document's {@code Hire} and {@code HireDetail} schemas describe it. An
 * enrolled hire shows what the enrolment says; an expected one what HR asked for. Stateless.
 */
final class HireJson {
    private final ObjectMapper json;

    HireJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode hire(HireRecords.HireRecord record) {
        ObjectNode node = json.createObjectNode().put("id", record.id().value()).put("status", record.status());
        Optional<HireRequest> asked = record.announced().map(ExpectedHire::request);
        if (record.hire().isPresent()) {
            Hire hire = record.hire().get();
            node.put("platform", hire.user().platform().key())
                    .put("chat_id", hire.user().value());
            node.put("email", record.email().orElse(null));
            node.set(
                    "manager",
                    person(
                            Optional.of(hire.manager()),
                            asked.map(HireRequest::manager)
                                    .filter(contact -> contact.id().equals(Optional.of(hire.manager())))
                                    .flatMap(Contact::email)));
            node.set(
                    "buddy",
                    hire.buddy()
                            .map(buddy -> person(
                                    Optional.of(buddy),
                                    asked.flatMap(HireRequest::buddy).flatMap(Contact::email)))
                            .orElse(null));
            node.put("template", hire.templateId().value())
                    .put("start_date", hire.startDate().toString())
                    .put("calendar", hire.calendarId())
                    .put("team", hire.team().orElse(null))
                    .put("time_zone", hire.zone().getId())
                    .put("enrolled_at", hire.enrolledAt().toString())
                    .put("enrolled_by", hire.enrolledBy().stored());
        } else {
            HireRequest request = asked.orElseThrow();
            node.put("platform", request.platform().map(p -> p.key()).orElse(null))
                    .put("chat_id", request.hire().id().map(ChatUserId::value).orElse(null))
                    .put("email", request.hire().email().orElse(null));
            node.set("manager", person(request.manager().id(), request.manager().email()));
            node.set(
                    "buddy",
                    request.buddy()
                            .map(buddy -> person(buddy.id(), buddy.email()))
                            .orElse(null));
            node.put("template", request.templateId().orElse(null))
                    .put("start_date", request.startDate().map(Object::toString).orElse(null))
                    .put("calendar", request.calendarId().orElse(null))
                    .put("team", request.team().orElse(null));
        }
        record.announced()
                .ifPresent(announced -> node.put(
                                "announced_at", announced.createdAt().toString())
                        .put("announced_by", announced.createdBy().stored())
                        .put("problem", announced.problem().orElse(null)));
        return node;
    }

    ObjectNode report(HireRecords.Report report) {
        ObjectNode node = hire(report.record());
        report.tally()
                .ifPresentOrElse(
                        tally -> node.putObject("progress")
                                .put("done", tally.done())
                                .put("total", tally.total())
                                .put("overdue", tally.overdue()),
                        () -> node.putNull("progress"));
        ArrayNode completions = node.putArray("completions");
        report.completions().forEach(completion -> completions.add(completion(completion)));
        return node;
    }

    ObjectNode page(HireRecords.Page page, int offset, int limit) {
        ObjectNode node = json.createObjectNode();
        ArrayNode hires = node.putArray("hires");
        page.hires().forEach(record -> hires.add(hire(record)));
        node.put("total", page.total()).put("offset", offset).put("limit", limit);
        return node;
    }

    ObjectNode completion(CompletionRecord record) {
        ObjectNode node = json.createObjectNode();
        CompletionsFormat.row(record).forEach(node::put);
        return node;
    }

    ObjectNode completions(List<CompletionRecord> records) {
        ObjectNode node = json.createObjectNode();
        ArrayNode array = node.putArray("completions");
        records.forEach(record -> array.add(completion(record)));
        return node;
    }

    private ObjectNode person(Optional<ChatUserId> id, Optional<String> email) {
        return json.createObjectNode()
                .put("chat_id", id.map(ChatUserId::value).orElse(null))
                .put("email", email.orElse(null));
    }
}
