package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlGroupsTest {
    private static QuerySpec query(String id, String title, String... controls) {
        return new QuerySpec(id, title, "why " + id, List.of(controls), List.of(), List.of(), List.of(), "SELECT 1");
    }

    private final List<QuerySpec> pack = List.of(
            query("rejected", "Rejected admissions", "10.h Control of Operational Software", "09.b Change Management"),
            query("signed", "Signed images", "10.h Control of Operational Software"),
            query("orphan", "Unmapped question"));

    @Test
    void groupsByCategoryThenControlListingAQueryUnderEachOfItsControls() {
        List<ControlGroups.Domain> domains = ControlGroups.group(pack, "");

        assertThat(domains).extracting(ControlGroups.Domain::name).containsExactly(
                "09 Communications and Operations Management",
                "10 Information Systems Acquisition, Development and Maintenance",
                ControlGroups.UNMAPPED);
        assertThat(domains.get(1).controls()).singleElement().satisfies(control -> {
            assertThat(control.name()).isEqualTo("10.h Control of Operational Software");
            assertThat(control.queries()).extracting(QuerySpec::id).containsExactly("rejected", "signed");
        });
    }

    @Test
    void searchMatchesTitlesQuestionsAndControls() {
        assertThat(ControlGroups.group(pack, "SIGNED")).hasSize(1);
        assertThat(ControlGroups.group(pack, "09.b")).singleElement()
                .satisfies(domain -> assertThat(domain.controls().get(0).queries()).extracting(QuerySpec::id)
                        .containsExactly("rejected"));
        assertThat(ControlGroups.group(pack, "nothing like this")).isEmpty();
    }
}
