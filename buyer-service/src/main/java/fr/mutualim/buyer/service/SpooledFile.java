package fr.mutualim.buyer.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file copied to disk while its SHA-256 is computed: the file is read twice (validation,
 * then insertion) and never held in memory, whatever its size.
 */
record SpooledFile(Path path, String sha256, long size) {

    static SpooledFile of(InputStream body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path path = Files.createTempFile("purchase-import-", ".csv");
            long size;
            try (InputStream in = new DigestInputStream(body, digest); OutputStream out = Files.newOutputStream(path)) {
                size = in.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(path);
                throw e;
            }
            return new SpooledFile(path, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
