package dev.dtu.server.coverage;

/**
 * One operation of a vendor's published API, as listed in the twin's operation index
 * ({@code coverage/<twin>.tsv}, generated from the vendor's spec by {@code VendorIndexTest}).
 *
 * @param tag the vendor's tag or family for it ("TrustedOrigin", "Project categories", "chat")
 * @param path the path below the twin's root as the vendor's spec writes it ({@code /api/v1/zones/{zoneId}})
 */
public record VendorOperation(String tag, String method, String path, String operationId) {

    public static VendorOperation parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("not tag, method, path, operationId: " + line);
        }
        return new VendorOperation(f[0], f[1], f[2], f[3]);
    }

    public String line() {
        return String.join("\t", tag, method, path, operationId);
    }
}
