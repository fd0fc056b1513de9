package org.openmes.andon.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * E-mail through the server's Jakarta Mail session {@code mail/mes} (server.xml: host, port and timeouts from the
 * {@code mes.mail.*} variables); sender address and credentials from {@code mes.mail.from}, {@code mes.mail.user} and
 * {@code mes.mail.password}.
 */
@ApplicationScoped
public class MailChannel {
    @Resource(lookup = "mail/mes")
    private Session session;

    @Inject
    private NotificationSettings settings;

    public void send(String address, String subject, String body) throws DeliveryException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.mailFrom()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (settings.mailUser().isPresent()) {
                Transport.send(message, settings.mailUser().get(), settings.mailPassword());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new DeliveryException("E-mail to " + address + " failed: " + DeliveryException.describe(e), e);
        }
    }
}
