package dev.evidex.collector.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client in front of the real one that answers the next PUTs with scripted faults
 * (a status with an S3 error body, or a timeout), so the real SDK retry logic meets them.
 */
final class FaultyHttpClient implements SdkHttpClient {
    /** A scripted answer: HTTP status and S3 error code, or a timeout when status is 0. */
    record Fault(int status, String code) {
        static Fault timeout() {
            return new Fault(0, "");
        }
    }

    private final SdkHttpClient delegate;
    private final Deque<Fault> faults = new ArrayDeque<>();
    final AtomicInteger puts = new AtomicInteger();

    FaultyHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    synchronized void next(Fault... scripted) {
        faults.addAll(java.util.List.of(scripted));
    }

    private synchronized Fault poll() {
        return faults.poll();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if (request.httpRequest().method() != SdkHttpMethod.PUT) {
            return delegate.prepareRequest(request);
        }
        puts.incrementAndGet();
        Fault fault = poll();
        if (fault == null) {
            return delegate.prepareRequest(request);
        }
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (fault.status() == 0) {
                    throw new SocketTimeoutException("Read timed out (scripted)");
                }
                byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + fault.code()
                        + "</Code><Message>scripted " + fault.code() + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(fault.status())
                                .putHeader("Content-Type", "application/xml")
                                .putHeader("Content-Length", String.valueOf(body.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    @Override
    public void close() {
        delegate.close();
    }
}
