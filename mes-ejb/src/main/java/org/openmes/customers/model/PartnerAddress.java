package org.openmes.customers.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;

/**
 * A postal address of a trading partner under a label unique for that partner ("Main plant", "Warehouse 2"); a
 * customer's addresses are its ship-to addresses. The country is an ISO 3166-1 alpha-2 code.
 */
@Entity
@Table(name = "partner_address")
public class PartnerAddress extends PartnerDetail {
    public static final int MAX_LABEL_LENGTH = 80;
    public static final int MAX_STREET_LENGTH = 200;
    public static final int MAX_CITY_LENGTH = 120;
    public static final int MAX_POSTAL_CODE_LENGTH = 20;

    @Column(name = "label", nullable = false, length = MAX_LABEL_LENGTH)
    private String label;

    @Column(name = "street", nullable = false, length = MAX_STREET_LENGTH)
    private String street;

    @Column(name = "city", nullable = false, length = MAX_CITY_LENGTH)
    private String city;

    @Column(name = "postal_code", length = MAX_POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    protected PartnerAddress() {
    }

    PartnerAddress(TradingPartner partner, String label, String street, String city, String postalCode,
            String countryCode) {
        super(partner);
        this.label = Texts.required("addresses.label", label, MAX_LABEL_LENGTH);
        place(street, city, postalCode, countryCode);
    }

    /** Relabels the address; the label must stay unique among the partner's addresses. */
    public void relabel(String newLabel) {
        String checked = Texts.required("addresses.label", newLabel, MAX_LABEL_LENGTH);
        if (!checked.equals(label)) {
            getPartner().checkLabelIsFree(checked, this);
            label = checked;
            markRowChanged();
        }
    }

    /** Sets street, city, postal code and country at once; marks the row changed only on a real change. */
    public void place(String newStreet, String newCity, String newPostalCode, String newCountryCode) {
        String checkedStreet = Texts.required("addresses.street", newStreet, MAX_STREET_LENGTH);
        String checkedCity = Texts.required("addresses.city", newCity, MAX_CITY_LENGTH);
        String checkedPostalCode = Texts.optional("addresses.postalCode", newPostalCode, MAX_POSTAL_CODE_LENGTH);
        String checkedCountry = Texts.required("addresses.countryCode", newCountryCode, 2).toUpperCase(Locale.ROOT);
        if (!checkedCountry.matches("[A-Z]{2}")) {
            throw new InvalidInputException("addresses.countryCode", "must be a two-letter ISO country code such as DE");
        }
        if (!Objects.equals(checkedStreet, street) || !Objects.equals(checkedCity, city)
                || !Objects.equals(checkedPostalCode, postalCode) || !Objects.equals(checkedCountry, countryCode)) {
            street = checkedStreet;
            city = checkedCity;
            postalCode = checkedPostalCode;
            countryCode = checkedCountry;
            markRowChanged();
        }
    }

    public String getLabel() {
        return label;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** One line for lists and documents: "Main plant: 1 Mill Road, 12345 Springfield, US". */
    @Override
    public String toString() {
        return label + ": " + street + ", " + (postalCode == null ? "" : postalCode + " ") + city + ", " + countryCode;
    }
}
