package dev.evidex.verification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Our tree serializer agrees with the reference RFC 8785 implementation. */
class CanonicalJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"b\":1,\"a\":[true,false,null],\"c\":{\"z\":\"\\u20ac\",\"y\":\"\\n\\t\\u0001\"}}",
        "{\"numbers\":[333333333.33333329,1E30,4.50,2e-3,0.000001,1e-7,-0,9007199254740991]}",
        "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin\"}",
        "{\"literals\":[null,true,false],\"string\":\"\\u20ac$\\u000f\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\"}",
        "[56,{\"d\":true,\"10\":null,\"1\":[]}]"
    })
    void matchesTheReferenceImplementation(String json) throws Exception {
        String expected = new JsonCanonicalizer(json).getEncodedString();
        assertThat(CanonicalJson.string(Json.mapper().readTree(json))).isEqualTo(expected);
    }

    @Test
    void sortsKeysByUtf16CodeUnits() throws Exception {
        String canonical = CanonicalJson.string(Json.mapper().readTree("{\"\\ud83d\\ude00\":1,\"\\ufb33\":2,\"a\":3}"));
        assertThat(canonical).isEqualTo("{\"a\":3,\"\ud83d\ude00\":1,\"\ufb33\":2}");
        assertThat(canonical.getBytes(StandardCharsets.UTF_8)).hasSize(24);
    }

    @Test
    void rejectsLoneSurrogates() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("text", "\ud800x");
        assertThatThrownBy(() -> CanonicalJson.string(node)).hasMessageContaining("lone surrogate at position 0");
    }

    @Test
    void deeplyNestedInputIsRejectedByTheBoundedParser() {
        String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        assertThatThrownBy(() -> Json.mapper().readTree(deep)).hasMessageContaining("nesting depth");
    }
}
