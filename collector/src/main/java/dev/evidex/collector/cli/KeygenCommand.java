package dev.evidex.collector.cli;

import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.PublicKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex-collector keygen}: a local signing key pair and its key archive entry. */
@Command(name = "keygen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Generates a signing key pair for a local store (production uses AWS KMS: --signing-key awskms:///alias/NAME).",
            "Writes NAME.pem (private + public key, mode 0600), NAME.pub (public key) and NAME.json (key archive",
            "entry: give it to verifiers as a trusted key). Existing files are never overwritten."
        })
public final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the key files.")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "File name stem (default: ${DEFAULT-VALUE}).")
    String name = "seal-signing";

    @Option(names = "--purpose", paramLabel = "PURPOSE", split = ",",
            description = "seal-signing, image-signing, attestation-signing, packet-signing (default: seal-signing).")
    List<String> purposes = List.of("seal-signing");

    @Option(names = "--algorithm", paramLabel = "ALG", description = "ecdsa-p256 (default) or ed25519.")
    String algorithm = "ecdsa-p256";

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<KeyPurpose> keyPurposes;
        try {
            keyPurposes = purposes.stream().map(KeygenCommand::purpose).toList();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!algorithm.equals("ecdsa-p256") && !algorithm.equals("ed25519")) {
            err.println("error: --algorithm must be ecdsa-p256 or ed25519, not " + algorithm);
            return ExitCodes.USAGE;
        }
        KeyPair pair = generate();
        KeyArchiveEntry entry = new KeyArchiveEntry(pair.getPublic(), keyPurposes,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Optional.empty(), Optional.empty());
        Files.createDirectories(out);
        try {
            writeNew(out.resolve(name + ".pem"), LocalSigner.toPem(pair.getPrivate(), pair.getPublic()), true);
            writeNew(out.resolve(name + ".pub"), PublicKeys.toPem(pair.getPublic()), false);
            writeNew(out.resolve(name + ".json"), new String(entry.toCanonicalJson(), StandardCharsets.UTF_8) + "\n", false);
        } catch (FileAlreadyExistsException e) {
            err.println("error: " + e.getFile() + " already exists; keys are never overwritten (choose another --name)");
            return ExitCodes.USAGE;
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("key id      " + entry.keyId());
        printer.println("private key " + out.resolve(name + ".pem") + " (0600, keep it secret)");
        printer.println("public key  " + out.resolve(name + ".pub"));
        printer.println("trust entry " + out.resolve(name + ".json") + " (give this to verifiers)");
        return ExitCodes.OK;
    }

    private static KeyPurpose purpose(String label) {
        try {
            return KeyPurpose.fromLabel(label);
        } catch (dev.evidex.verification.keys.KeyFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private KeyPair generate() throws GeneralSecurityException {
        if (algorithm.equals("ed25519")) {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static void writeNew(Path file, String text, boolean secret) throws IOException {
        if (secret) {
            // Created with 0600 from the start, so the private key is never readable by others.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
        } else {
            Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        }
    }
}
