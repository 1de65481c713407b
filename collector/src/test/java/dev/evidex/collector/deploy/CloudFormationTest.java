package dev.evidex.collector.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CloudFormation in src/aws says what the threat model relies on. */
class CloudFormationTest {
    private static JsonNode template(String name) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("../src/aws", name).toFile());
    }

    private static List<String> actions(JsonNode statement) {
        List<String> actions = new ArrayList<>();
        JsonNode action = statement.path("Action");
        if (action.isArray()) {
            action.forEach(value -> actions.add(value.asText()));
        } else {
            actions.add(action.asText());
        }
        return actions;
    }

    @Test
    void theBucketIsLockedInComplianceModeForSevenYearsVersionedEncryptedTlsOnlyAndUndeletable() throws Exception {
        JsonNode resources = template("evidence-bucket.yaml").path("Resources");
        JsonNode bucket = resources.path("EvidenceBucket").path("Properties");
        assertThat(bucket.path("ObjectLockEnabled").asBoolean()).isTrue();
        assertThat(bucket.at("/ObjectLockConfiguration/Rule/DefaultRetention/Mode").asText()).isEqualTo("COMPLIANCE");
        assertThat(template("evidence-bucket.yaml").at("/Parameters/RetentionYears/Default").asInt()).isEqualTo(7);
        assertThat(template("evidence-bucket.yaml").at("/Parameters/RetentionYears/MinValue").asInt()).isEqualTo(6);
        assertThat(bucket.at("/VersioningConfiguration/Status").asText()).isEqualTo("Enabled");
        assertThat(bucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm")
                .asText()).isEqualTo("aws:kms");
        JsonNode statements = resources.at("/EvidenceBucketPolicy/Properties/PolicyDocument/Statement");
        assertThat(statements).anySatisfy(statement -> {
            assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
            assertThat(statement.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
        });
        assertThat(statements).anySatisfy(statement -> {
            assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
            assertThat(actions(statement)).contains("s3:DeleteObject", "s3:DeleteObjectVersion");
        });
    }

    @Test
    void theCollectorRoleAddsEvidenceAndNeverDeletes() throws Exception {
        JsonNode role = template("roles.yaml").at("/Resources/CollectorRole/Properties");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Action").asText()).isEqualTo("sts:AssumeRoleWithWebIdentity");
        List<String> allowed = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        role.at("/Policies/0/PolicyDocument/Statement").forEach(statement ->
                (statement.path("Effect").asText().equals("Allow") ? allowed : denied).addAll(actions(statement)));
        assertThat(allowed).contains("s3:PutObject").noneMatch(action -> action.toLowerCase().contains("delete"));
        assertThat(denied).contains("s3:DeleteObject", "s3:DeleteObjectVersion");
    }

    @Test
    void theAuditorRoleOnlyReadsEvidence() throws Exception {
        JsonNode statements = template("roles.yaml").at("/Resources/AuditorRole/Properties/Policies/0/PolicyDocument/Statement");
        JsonNode evidence = statements.get(0);
        assertThat(evidence.path("Sid").asText()).isEqualTo("ReadEvidence");
        assertThat(actions(evidence)).allMatch(action -> action.startsWith("s3:Get") || action.equals("s3:ListBucket"));
        assertThat(statements).anySatisfy(statement -> assertThat(actions(statement)).contains("athena:StartQueryExecution"));
        assertThat(statements).anySatisfy(statement -> assertThat(actions(statement)).contains("glue:GetTable"));
    }

    @Test
    void theSealKeyIsP256SignOnlyForTheCollectorAndUndeletable() throws Exception {
        JsonNode key = template("seal-signing-key.yaml").at("/Resources/SealSigningKey/Properties");
        assertThat(key.path("KeySpec").asText()).isEqualTo("ECC_NIST_P256");
        assertThat(key.path("KeyUsage").asText()).isEqualTo("SIGN_VERIFY");
        JsonNode statements = key.at("/KeyPolicy/Statement");
        assertThat(statements).filteredOn(statement -> statement.path("Effect").asText().equals("Allow")
                && actions(statement).contains("kms:Sign")).singleElement()
                .satisfies(statement -> assertThat(statement.at("/Principal/AWS/Ref").asText()).isEqualTo("CollectorRoleArn"));
        assertThat(statements).anySatisfy(statement -> {
            assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
            assertThat(actions(statement)).contains("kms:ScheduleKeyDeletion");
        });
    }
}
