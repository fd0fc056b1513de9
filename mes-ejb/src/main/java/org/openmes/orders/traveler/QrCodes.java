package org.openmes.orders.traveler;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.openmes.orders.model.TravelerCode;

/**
 * QR codes of a traveler, drawn by ZXing. Error correction M (15 % of the symbol may be lost to a crease or a stain)
 * and the standard quiet zone of 4 modules; {@value #PIXELS_PER_MODULE} pixels per module so that the PDF's image
 * scales down cleanly and scanners read it printed at about 2 cm.
 */
final class QrCodes {
    static final int PIXELS_PER_MODULE = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "US-ASCII");

    private QrCodes() {
    }

    static BufferedImage image(TravelerCode code) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(code.text(), BarcodeFormat.QR_CODE, 0, 0, HINTS);
            BitMatrix scaled = new BitMatrix(modules.getWidth() * PIXELS_PER_MODULE, modules.getHeight() * PIXELS_PER_MODULE);
            for (int y = 0; y < scaled.getHeight(); y++) {
                for (int x = 0; x < scaled.getWidth(); x++) {
                    if (modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE)) {
                        scaled.set(x, y);
                    }
                }
            }
            return MatrixToImageWriter.toBufferedImage(scaled);
        } catch (WriterException e) {
            // a code is at most 27 ASCII characters, far below what a QR code holds: this is a programming error
            throw new IllegalStateException("cannot draw the QR code of " + code, e);
        }
    }
}
