package dev.evidex.verification.sbom;

import dev.evidex.verification.artifact.BoundedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.Relationship;
import org.spdx.library.model.v2.SpdxConstantsCompatV2;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxElement;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.enumerations.RelationshipType;
import org.spdx.storage.ISerializableModelStore;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.tagvaluestore.TagValueStore;

/**
 * Reads SPDX 2.2 and 2.3 documents, JSON or tag-value, through java-spdx-library. Input is
 * bounded before the library sees it: the file size ({@link BoundedFiles#MAX_SBOM_BYTES}) and,
 * for JSON, nesting depth and string length (a first pass with Evidex's bounded mapper, which
 * also drops relationships to elements the document lacks).
 */
public final class SpdxReader {
    static {
        // Verification is offline: without this the library fetches the license list from spdx.org.
        System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        SpdxModelFactory.init();
    }

    private static final Pattern TAG_VALUE_VERSION =
            Pattern.compile("(?m)^SPDXVersion:\\s*SPDX-2\\.");

    private final long maxBytes;

    /** A reader with the default limit, {@link BoundedFiles#MAX_SBOM_BYTES}. */
    public SpdxReader() {
        this(BoundedFiles.MAX_SBOM_BYTES);
    }

    /** A reader that rejects files over {@code maxBytes} before reading them. */
    public SpdxReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SbomDocument read(Path file) throws SbomException {
        try {
            return read(BoundedFiles.read(file, maxBytes, "SBOM"));
        } catch (IOException e) {
            throw new SbomException(e.getMessage(), e);
        }
    }

    public SbomDocument read(byte[] bytes) throws SbomException {
        boolean json = firstNonWhitespace(bytes) == '{';
        List<String> warnings = new ArrayList<>();
        byte[] input = json ? SpdxJsonPreflight.remove(bytes, warnings) : bytes;
        if (!json && !TAG_VALUE_VERSION.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
            throw new SbomException("not a readable SPDX 2.x document: required tag 'SPDXVersion' is missing");
        }
        ISerializableModelStore store = json
                ? new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON)
                : new TagValueStore(new InMemSpdxStore());
        try {
            SpdxDocument document = (SpdxDocument) store.deSerialize(new ByteArrayInputStream(input), false);
            return toDocument(document, warnings);
        } catch (InvalidSPDXAnalysisException | IOException | RuntimeException e) {
            throw new SbomException("not a readable SPDX 2.x document: " + e.getMessage(), e);
        }
    }

    private static SbomDocument toDocument(SpdxDocument document, List<String> warnings) throws InvalidSPDXAnalysisException, SbomException {
        String namespace = document.getDocumentUri();
        List<SbomPackage> packages = new ArrayList<>();
        try (Stream<?> objects = SpdxModelFactory.getSpdxObjects(document.getModelStore(), document.getCopyManager(),
                SpdxConstantsCompatV2.CLASS_SPDX_PACKAGE, namespace, document.getIdPrefix())) {
            java.util.Iterator<?> iterator = objects.iterator();
            while (iterator.hasNext()) {
                packages.add(SpdxPackages.toPackage((SpdxPackage) iterator.next()));
            }
        }
        packages.sort(java.util.Comparator.comparing(SbomPackage::spdxId));
        String created = document.getCreationInfo() == null ? null : document.getCreationInfo().getCreated();
        Collection<String> creators = document.getCreationInfo() == null ? List.of() : document.getCreationInfo().getCreators();
        return new SbomDocument(required(document.getSpecVersion(), "spdxVersion"),
                required(document.getName().orElse(null), "name"), required(namespace, "documentNamespace"),
                required(created, "creationInfo.created"), List.copyOf(creators), describedRoots(document), packages,
                warnings);
    }

    /** SPDX 2.x makes these fields mandatory; a document without them is not evidence of anything. */
    private static String required(String value, String field) throws SbomException {
        if (value == null || value.isBlank()) {
            throw new SbomException("not a readable SPDX 2.x document: required field '" + field + "' is missing");
        }
        if (field.equals("spdxVersion") && !value.startsWith("SPDX-2.")) {
            throw new SbomException("not a readable SPDX 2.x document: spdxVersion is '" + value + "'");
        }
        return value;
    }

    private static List<String> describedRoots(SpdxDocument document) throws InvalidSPDXAnalysisException {
        List<String> roots = new ArrayList<>();
        for (SpdxElement element : document.getDocumentDescribes()) {
            roots.add(element.getId());
        }
        for (Relationship relationship : document.getRelationships()) {
            if (relationship.getRelationshipType() == RelationshipType.DESCRIBES) {
                relationship.getRelatedSpdxElement().map(SpdxElement::getId)
                        .filter(id -> !roots.contains(id)).ifPresent(roots::add);
            }
        }
        return roots;
    }

    private static int firstNonWhitespace(byte[] bytes) {
        for (byte value : bytes) {
            if (!Character.isWhitespace(value) && value != (byte) 0xEF && value != (byte) 0xBB && value != (byte) 0xBF) {
                return value;
            }
        }
        return -1;
    }
}
