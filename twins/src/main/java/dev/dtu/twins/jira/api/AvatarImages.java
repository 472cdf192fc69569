package dev.dtu.twins.jira.api;

import dev.dtu.twins.jira.model.JiraException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Avatar images: an upload is decoded (JPEG, GIF or PNG), cropped to its square and kept as PNG; every image is served
 * at the size asked for (Jira's xsmall 16, small 24, medium 32, large and xlarge 48, or "NxN"). System avatars are
 * drawn here, one solid colour per id (Jira's own artwork is not reproduced).
 */
final class AvatarImages {
    /** Guessed wording for the documented 400s ("the image type is unsupported", "the crop parameters extend ..."). */
    static final String UNSUPPORTED = "The image type is unsupported. Valid image types are JPEG, GIF, or PNG.";
    static final String CROP = "The crop parameters extend the crop area beyond the edge of the image.";

    /** Guessed bound: Jira documents none; an avatar is cropped to at most a few hundred pixels anyway. */
    private static final long MAX_PIXELS = 4096L * 4096L;

    private AvatarImages() {}

    static int side(String size) {
        String s = size == null ? "" : size.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "xsmall" -> 16;
            case "small" -> 24;
            case "medium" -> 32;
            case "", "large", "xlarge" -> 48;
            default -> {
                String n = s.contains("x") ? s.substring(0, s.indexOf('x')) : s;
                try {
                    yield Math.clamp(Integer.parseInt(n), 16, 128);
                } catch (NumberFormatException e) {
                    throw JiraException.message(400, "The size '" + size + "' is not valid.");
                }
            }
        };
    }

    /** Decodes an upload and crops it: the square at (x, y) of side {@code size} (0: the image's shorter side). */
    static byte[] cropped(byte[] upload, int x, int y, int size) {
        BufferedImage image = decode(upload);
        if (image == null) {
            throw JiraException.message(400, UNSUPPORTED);
        }
        int side = size > 0 ? size : Math.min(image.getWidth(), image.getHeight());
        if (x < 0 || y < 0 || (long) x + side > image.getWidth() || (long) y + side > image.getHeight()) {
            throw JiraException.message(400, CROP);
        }
        return png(image.getSubimage(x, y, side, side));
    }

    /** The image, or null when it is not one; its dimensions are read first, so a huge one is refused undecoded. */
    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw JiraException.message(400, "The image is too large: at most " + MAX_PIXELS + " pixels.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof JiraException j) {
                throw j;
            }
            return null;
        }
    }

    static byte[] scaled(byte[] png, int side) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, side, side, null);
            g.dispose();
            return png(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] system(long id, int side) {
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.getHSBColor((id % 37) / 37f, 0.55f, 0.85f));
        g.fillRect(0, 0, side, side);
        g.setColor(Color.WHITE);
        g.fillOval(side / 4, side / 4, side / 2, side / 2);
        g.dispose();
        return png(out);
    }

    static String svg(long id) {
        Color c = Color.getHSBColor((id % 37) / 37f, 0.55f, 0.85f);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\"><rect width=\"48\" height=\"48\" fill=\"#%06x\"/>"
                .formatted(c.getRGB() & 0xffffff) + "<circle cx=\"24\" cy=\"24\" r=\"12\" fill=\"#fff\"/></svg>";
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
