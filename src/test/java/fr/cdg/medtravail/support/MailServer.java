package fr.cdg.medtravail.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real SMTP server (GreenMail) in the tests' own process, on a free port, for the whole run: the application
 * under test sends its e-mails there ({@code spring.mail.host}). Tests find theirs by recipient.
 */
public final class MailServer {

    private static final GreenMail SERVER = start();

    private MailServer() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
    }

    /** Messages received so far for that address. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static GreenMail start() {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
