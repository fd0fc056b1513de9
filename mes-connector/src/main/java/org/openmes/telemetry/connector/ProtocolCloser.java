package org.openmes.telemetry.connector;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.apache.plc4x.java.api.PlcConnection;
import org.apache.plc4x.java.spi.connection.ChannelExposingConnection;
import org.apache.plc4x.java.spi.events.CloseConnectionEvent;

/**
 * Makes PLC4X release a connection's protocol resources when the network, not the adapter, ends it. PLC4X 0.13.1
 * shuts a protocol down (for Modbus: its transaction manager's thread pool, {@code plc4x-tm-thread-*}) only on the
 * close event that {@code PlcConnection.close()} sends through the channel's pipeline; once the peer has closed the
 * socket, the pipeline is already torn down and that event reaches nobody, so every lost connection kept its threads,
 * and with them the application's class loader after a redeployment (apache/plc4x#2229, still open). This handler sits
 * first in the pipeline and sends the same close event while the channel goes inactive, when the protocol still
 * hears it. A second close event on a regular close is harmless: shutting an executor down twice does nothing more.
 */
@ChannelHandler.Sharable
final class ProtocolCloser extends ChannelInboundHandlerAdapter {
    private static final ProtocolCloser INSTANCE = new ProtocolCloser();
    private static final String NAME = "openmes-protocol-closer";

    private ProtocolCloser() {
    }

    /** Installs the handler on {@code connection}'s channel; connections without a Netty channel need none. */
    static void install(PlcConnection connection) {
        if (connection instanceof ChannelExposingConnection exposing && exposing.getChannel() != null
                && exposing.getChannel().pipeline().get(NAME) == null) {
            exposing.getChannel().pipeline().addFirst(NAME, INSTANCE);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        context.fireUserEventTriggered(new CloseConnectionEvent());
        super.channelInactive(context);
    }
}
