package dev.evidex.querypack.pack;

import java.util.List;

/**
 * Requirements a query produces evidence for: HITRUST CSF control references (reference and short
 * title only; the CSF text is licensed) and HIPAA Security Rule citations (45 CFR Part 164).
 */
public record ControlMapping(List<String> hitrust, List<String> hipaa) {
    public ControlMapping {
        hitrust = List.copyOf(hitrust);
        hipaa = List.copyOf(hipaa);
    }
}
