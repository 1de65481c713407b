package dev.evidex.querypack.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ProgressScaleTest {
    private final List<Double> reported = new ArrayList<>();
    private final ProgressScale scale = new ProgressScale((step, fraction) -> reported.add(fraction), 10);

    private double last() {
        return reported.get(reported.size() - 1);
    }

    @Test
    void eachChunkTakesItsShareOfTheBatchObjectsAndEachStepItsShareOfTheChunk() {
        scale.chunk(0, 4);
        scale.step(IndexStep.READING, 1);
        assertThat(last()).isCloseTo(0.4 * 0.15, within(1e-9));
        scale.step(IndexStep.LOADING, 1);
        assertThat(last()).isCloseTo(0.4 * 0.75, within(1e-9));
        scale.step(IndexStep.DERIVING, 1);
        assertThat(last()).isCloseTo(0.4, within(1e-9));

        scale.chunk(4, 6);
        scale.step(IndexStep.READING, 0);
        assertThat(last()).isCloseTo(0.4, within(1e-9));
        scale.step(IndexStep.LOADING, 0.5);
        assertThat(last()).isCloseTo(0.4 + 0.6 * 0.45, within(1e-9));
        scale.step(IndexStep.DERIVING, 1);
        assertThat(last()).isEqualTo(1.0);
    }

    @Test
    void anEstimateThatGoesBackOrOutOfRangeIsNotPassedOn() {
        scale.chunk(0, 10);
        scale.step(IndexStep.LOADING, 0.8);
        double reached = last();
        scale.step(IndexStep.LOADING, 0.3);
        scale.step(IndexStep.READING, 1);
        assertThat(last()).isEqualTo(reached);
        scale.step(IndexStep.DERIVING, 7);
        assertThat(last()).isEqualTo(1.0);
        scale.step(IndexStep.DERIVING, -1);
        assertThat(reported).isSorted().allSatisfy(fraction -> assertThat(fraction).isBetween(0.0, 1.0));
    }
}
