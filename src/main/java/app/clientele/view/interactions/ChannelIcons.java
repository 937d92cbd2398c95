package app.clientele.view.interactions;

import app.clientele.domain.Channel;
import app.clientele.view.Icons;
import java.util.Map;
import javafx.scene.layout.Region;

/** The icon that stands for each way of getting in touch. */
final class ChannelIcons {
    private static final Map<Channel, String> NAMES = Map.of(
            Channel.MEETING, "account-group-outline",
            Channel.PHONE_CALL, "phone-outline",
            Channel.EMAIL, "email-outline",
            Channel.MESSAGE, "message-text-outline",
            Channel.CHAT, "chat-outline",
            Channel.SOCIAL_MEDIA, "share-variant-outline",
            Channel.LETTER, "card-account-mail-outline",
            Channel.VISIT, "map-marker-outline",
            Channel.OTHER, "dots-horizontal");

    private ChannelIcons() {
    }

    static Region of(Channel channel, double size) {
        Region icon = Icons.action(NAMES.get(channel), size);
        icon.getStyleClass().add("channel-icon");
        return icon;
    }
}
