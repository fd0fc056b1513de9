package org.openmes.telemetry.connector;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends scan messages as persistent text messages to the telemetry queue, outside any transaction: when
 * {@code send} returns the engine has stored the message. The JMS context and its producer are kept for all sends
 * and rebuilt after a failure.
 * Used by one thread at a time ({@link ScanPublisher} serialises).
 */
final class JmsScanSender implements ScanSender, AutoCloseable {
    private final String connectionFactoryName;
    private final String queueName;
    private JMSContext context;
    private JMSProducer producer;
    private Queue queue;

    JmsScanSender(String connectionFactoryName, String queueName) {
        this.connectionFactoryName = connectionFactoryName;
        this.queueName = queueName;
    }

    @Override
    public void send(String plcCode, String scanId, String body) throws NamingException {
        if (context == null) {
            InitialContext naming = new InitialContext();
            ConnectionFactory factory = (ConnectionFactory) naming.lookup(connectionFactoryName);
            queue = (Queue) naming.lookup(queueName);
            context = factory.createContext();
            producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        }
        try {
            producer.setProperty(ScanMessage.PLC_PROPERTY, plcCode)
                    .setProperty(ScanMessage.SCAN_ID_PROPERTY, scanId)
                    .send(queue, body);
        } catch (JMSRuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (context != null) {
            try {
                context.close();
            } finally {
                context = null;
                producer = null;
            }
        }
    }
}
