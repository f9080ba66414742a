package fr.mutualim.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local stack's own token issuer: an RSA key pair kept in a directory, and RS256 JWTs signed
 * with it. Services verify them with {@code public.pem}; in production they verify tokens of a
 * real OIDC issuer instead (see the README).
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://mutualim.local/issuer";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "mutualim";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final PrivateKey privateKey;

    private TokenIssuer(Path directory, PrivateKey privateKey) {
        this.directory = directory;
        this.privateKey = privateKey;
    }

    /** Loads the key pair from {@code directory}, creating it on first use. */
    public static TokenIssuer in(Path directory) throws IOException {
        Path privatePem = directory.resolve("private.pem");
        try {
            if (!Files.exists(privatePem)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(directory.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            String base64 = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----|\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new TokenIssuer(directory, key);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot create or read the signing key in " + directory, e);
        }
    }

    /** The file services read to verify tokens ({@code mp.jwt.verify.publickey.location}). */
    public Path publicKey() {
        return directory.resolve("public.pem");
    }

    /**
     * A token for {@code subject} with {@code roles} (the {@code groups} claim) and the scoping
     * claims of docs/security.md ({@code supplier_id}, {@code canteen_ids}, {@code group_ids}); a
     * scope entry replaces a standard claim of the same name (tests use it for a foreign {@code aud}).
     */
    public String mint(String subject, List<String> roles, Map<String, Object> scope, Duration validity) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", roles);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validity).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.putAll(scope);
        try {
            String header = base64Url(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = base64Url(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + base64Url(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
