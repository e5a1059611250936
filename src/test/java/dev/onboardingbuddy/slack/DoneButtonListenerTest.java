package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.conversation.ItemButtons;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.home.HomeRefresher;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The listener's own job: read the press out of Bolt's payload, hand it to the use case, acknowledge, and update the
 * message after the ack only when there is something to show. Bolt's context and the gateway are seams checked by
 * interaction; the end-to-end tests cover the whole press through real HTTP.
 */
class DoneButtonListenerTest {
    private final ItemButtons buttons = mock(ItemButtons.class);
    private final ChatGateway slack = mock(ChatGateway.class);
    private final HomeRefresher homes = mock(HomeRefresher.class);
    private final ActionContext context = mock(ActionContext.class);
    private final Response ack = Response.ok();
    private final DoneButtonListener listener = new DoneButtonListener(buttons, slack, homes, Runnable::run);

    private static BlockActionRequest pressInMessage(String value) {
        BlockActionPayload payload = new BlockActionPayload();
        payload.setUser(new BlockActionPayload.User());
        payload.getUser().setId("UHIRE");
        BlockActionPayload.Action action = new BlockActionPayload.Action();
        action.setActionId("item_done:1");
        action.setValue(value);
        payload.setActions(List.of(action));
        BlockActionPayload.Container container = new BlockActionPayload.Container();
        container.setType("message");
        container.setChannelId("D0HIRE");
        container.setMessageTs("1700000000.000100");
        payload.setContainer(container);
        BlockActionRequest request = mock(BlockActionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }

    @Test
    void aRefusedPressIsAcknowledgedAndNeverTouchesTheMessage() {
        when(context.ack()).thenReturn(ack);
        when(buttons.done(eq(ChatUserId.slack("UHIRE")), eq("h-1|it-setup"), any()))
                .thenReturn(Optional.empty());

        assertThat(listener.apply(pressInMessage("h-1|it-setup"), context)).isSameAs(ack);

        verifyNoInteractions(slack);
    }

    @Test
    void anAcceptedPressUpdatesTheMessageItCameFrom() {
        when(context.ack()).thenReturn(ack);
        ChatMessage ticked = ChatMessage.plain("1. Complete IT setup ✅");
        when(buttons.done(ChatUserId.slack("UHIRE"), "h-1|it-setup", Optional.of("D0HIRE/1700000000.000100")))
                .thenReturn(Optional.of(ticked));

        listener.apply(pressInMessage("h-1|it-setup"), context);

        verify(slack).update("D0HIRE/1700000000.000100", ticked);
        verifyNoInteractions(homes);
    }
}
