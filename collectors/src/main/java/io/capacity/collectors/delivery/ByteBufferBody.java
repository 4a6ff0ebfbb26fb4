package io.capacity.collectors.delivery;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request body that is one buffer, handed to the HTTP client as it is. The JDK's byte-array publisher copies
 * the array into its own 16 KiB buffers, which the socket then copies once more into a direct one; a direct
 * buffer given whole is written to the socket straight away. Each subscription (a resent request) gets its own
 * view, so the body always starts from the beginning.
 */
final class ByteBufferBody implements HttpRequest.BodyPublisher {
    private final ByteBuffer body;

    /** The bytes from {@code body}'s position to its limit; neither is moved. */
    ByteBufferBody(ByteBuffer body) {
        this.body = body.duplicate();
    }

    @Override
    public long contentLength() {
        return body.remaining();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        ByteBuffer view = body.duplicate();
        AtomicBoolean done = new AtomicBoolean();
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                if (!done.compareAndSet(false, true)) {
                    return;
                }
                if (n <= 0) {
                    subscriber.onError(new IllegalArgumentException("non-positive request " + n));
                    return;
                }
                if (view.hasRemaining()) {
                    subscriber.onNext(view);
                }
                subscriber.onComplete();
            }

            @Override
            public void cancel() {
                done.set(true);
            }
        });
    }
}
