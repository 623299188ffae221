package org.buildreg.web.shell;

/**
 * Where the public reaches the platform, as the operator configured it ({@code -Dbuildreg.public-url}, set by
 * {@code domain.sh} from {@code BUILDREG_PUBLIC_URL}), and whether a TLS proxy stands in front of it
 * ({@code -Dbuildreg.tls-proxy}). Links that leave the platform — the QR code of a sealed PDF — are built from it,
 * never from the request's Host header, which whoever sends the request chooses.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** The public base address without a trailing slash, e.g. {@code https://jzy.nmg.gov.cn}. */
    public static String base() {
        String url = System.getProperty("buildreg.public-url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("buildreg.public-url is not set (domain.sh setup sets it)");
        }
        return url.strip().replaceAll("/+$", "");
    }

    /** The public verification page's address up to the number: {@code <base>/verify?no=}. */
    public static String verifyPrefix() {
        return base() + "/verify?no=";
    }

    /** Whether users reach the platform through TLS (directly, or through the configured proxy). */
    public static boolean secure(jakarta.servlet.http.HttpServletRequest request) {
        return request.isSecure() || Boolean.getBoolean("buildreg.tls-proxy");
    }
}
