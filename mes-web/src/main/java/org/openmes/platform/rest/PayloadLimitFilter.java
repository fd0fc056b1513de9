package org.openmes.platform.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than {@code mes.api.max-payload-bytes} before they are parsed, so a huge or
 * endless body cannot exhaust memory. A declared Content-Length is checked up front; chunked bodies (or a
 * lying length) are cut off by counting the bytes as the reader consumes them.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
@ApplicationScoped
public class PayloadLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "mes.api.max-payload-bytes", defaultValue = "1048576")
    long maxPayloadBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > maxPayloadBytes) {
            throw new PayloadTooLargeException(maxPayloadBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxPayloadBytes));
        }
    }

    /** Fails as soon as more than {@code limit} bytes have been read. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        /** Mark/reset would let the count drift from what was really consumed. */
        @Override
        public boolean markSupported() {
            return false;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
