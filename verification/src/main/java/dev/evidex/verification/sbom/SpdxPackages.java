package dev.evidex.verification.sbom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.model.v2.ExternalRef;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.enumerations.ReferenceCategory;
import org.spdx.library.model.v2.license.AnyLicenseInfo;

/** Maps java-spdx-library's package model to {@link SbomPackage}. */
final class SpdxPackages {
    private SpdxPackages() {}

    static SbomPackage toPackage(SpdxPackage spdxPackage) throws InvalidSPDXAnalysisException, SbomException {
        if (spdxPackage.getName().filter(name -> !name.isBlank()).isEmpty()) {
            throw new SbomException("not a readable SPDX 2.x document: package " + spdxPackage.getId()
                    + " has no name (a required field)");
        }
        Optional<String> purl = Optional.empty();
        List<String> cpes = new ArrayList<>();
        for (ExternalRef reference : spdxPackage.getExternalRefs()) {
            String type = referenceType(reference);
            if (type.endsWith("purl") && purl.isEmpty() && isPackageManager(reference)) {
                purl = Optional.of(reference.getReferenceLocator());
            } else if (type.contains("cpe")) {
                cpes.add(reference.getReferenceLocator());
            }
        }
        return new SbomPackage(spdxPackage.getId(), spdxPackage.getName().orElse(""), spdxPackage.getVersionInfo(),
                purl, cpes, license(spdxPackage.getLicenseDeclared()), license(spdxPackage.getLicenseConcluded()),
                spdxPackage.getSupplier());
    }

    /** PACKAGE_MANAGER (2.2) and PACKAGE-MANAGER (2.3) both map to this category in the library. */
    private static boolean isPackageManager(ExternalRef reference) throws InvalidSPDXAnalysisException {
        return reference.getReferenceCategory() == ReferenceCategory.PACKAGE_MANAGER;
    }

    private static String referenceType(ExternalRef reference) throws InvalidSPDXAnalysisException {
        return reference.getReferenceType() == null ? "" : reference.getReferenceType().getIndividualURI();
    }

    private static Optional<String> license(AnyLicenseInfo license) {
        return license == null ? Optional.empty() : Optional.of(license.toString()).filter(text -> !text.isBlank());
    }
}
