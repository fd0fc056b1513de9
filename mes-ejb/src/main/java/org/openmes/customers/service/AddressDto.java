package org.openmes.customers.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An address of a partner (for a customer: a ship-to address) under a label unique for the partner; {@code id}
 * null for a new one, the id of an existing one to change it.
 */
public class AddressDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    @NotBlank
    @Size(max = 80)
    private String label;
    @NotBlank
    @Size(max = 200)
    private String street;
    @NotBlank
    @Size(max = 120)
    private String city;
    @Size(max = 20)
    private String postalCode;
    @NotBlank
    @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code such as DE")
    private String countryCode;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
}
