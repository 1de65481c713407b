package dev.evidex.app.cli;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** The region an S3 command works in: {@code --region} if given, else the AWS SDK's chain (AWS_REGION, profile). */
final class AwsRegions {
    private AwsRegions() {}

    /** @throws IllegalArgumentException when no region is given and the SDK's chain finds none */
    static Region resolve(String given) {
        if (given != null) {
            return Region.of(given);
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkException e) {
            throw new IllegalArgumentException("no AWS region: give --region (" + e.getMessage() + ")", e);
        }
    }
}
