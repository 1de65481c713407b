package dev.evidex.collector.s3;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpMethod;

/** Captures the headers of every PUT the SDK transmits, as S3 would receive them. */
final class RecordingInterceptor implements ExecutionInterceptor {
    record Put(String path, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    final List<Put> puts = new CopyOnWriteArrayList<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (context.httpRequest().method() == SdkHttpMethod.PUT) {
            puts.add(new Put(context.httpRequest().encodedPath(), context.httpRequest().headers()));
        }
    }
}
