package org.openmes.andon.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * E-mail through the server's Jakarta Mail session {@code mail/mes}: server.xml sets its host, port, sender
 * ({@code mail.from}), credentials (used when {@code mail.smtp.auth} is on) and timeouts from the {@code mes.mail.*}
 * variables.
 */
@ApplicationScoped
public class MailChannel {
    @Resource(lookup = "mail/mes")
    private Session session;

    public void send(String address, String subject, String body) throws DeliveryException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryException("E-mail to " + address + " failed: " + DeliveryException.describe(e), e);
        }
    }
}
