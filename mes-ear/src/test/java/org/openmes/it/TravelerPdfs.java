package org.openmes.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a traveler PDF back: its text (PDFBox) and the payloads of the QR images on its pages (ZXing). */
final class TravelerPdfs {
    private TravelerPdfs() {
    }

    record Read(String text, List<String> qrCodes, int pages) {
    }

    static Read read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> codes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        codes.add(decode(image));
                    }
                }
            }
            return new Read(new PDFTextStripper().getText(document), codes, document.getNumberOfPages());
        }
    }

    private static String decode(PDImageXObject image) throws IOException {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image.getImage())))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("an image of the traveler is no readable QR code", e);
        }
    }
}
