package org.openmes.signature.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.signature.model.FreshAuthentication;
import org.openmes.signature.model.SignatureRefusedException;

/**
 * Asks the OpenID provider to authenticate the signer again, whatever session they have there ({@code prompt=login},
 * {@code max_age=0}), and checks its answer: the code is redeemed by the MES itself (confidential client, PKCE), and
 * the ID token's signature, issuer, audience, expiry and nonce are verified before its subject and times are used.
 * Uses the same provider and client as sign-on (server.xml variables {@code mes.oidc.*}).
 */
@ApplicationScoped
public class IdentityProviderReauthentication {
    private final String providerUrl;
    private final ClientID clientId;
    private final Secret clientSecret;
    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;

    @Inject
    IdentityProviderReauthentication(@ConfigProperty(name = "mes.oidc.provider-url") String providerUrl,
            @ConfigProperty(name = "mes.oidc.client-id", defaultValue = "mes") String clientId,
            @ConfigProperty(name = "mes.oidc.client-secret") String clientSecret) {
        this.providerUrl = providerUrl;
        this.clientId = new ClientID(clientId);
        this.clientSecret = new Secret(clientSecret);
    }

    /** Required by CDI for the client proxy. */
    protected IdentityProviderReauthentication() {
        this.providerUrl = null;
        this.clientId = null;
        this.clientSecret = null;
    }

    /** Where to send the signer's browser: the provider's authorization endpoint, asking for a fresh login. */
    public URI authorizationUri(String state, String nonce, String codeVerifier, URI redirectUri) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"), clientId, redirectUri)
                .endpointURI(metadata().getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .prompt(new Prompt(Prompt.Type.LOGIN))
                .maxAge(0)
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Redeems the code the provider sent back and returns what its verified ID token says about the authentication. */
    public FreshAuthentication redeem(SigningChallenge challenge, String code) {
        TokenRequest request = new TokenRequest(metadata().getTokenEndpointURI(), new ClientSecretBasic(clientId, clientSecret),
                new AuthorizationCodeGrant(new AuthorizationCode(code), challenge.redirectUri(), new CodeVerifier(challenge.codeVerifier())));
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                TokenErrorResponse error = response.toErrorResponse();
                throw new SignatureRefusedException("The OpenID provider refused the sign-in: " + error.getErrorObject().getCode()
                        + (error.getErrorObject().getDescription() == null ? "" : " (" + error.getErrorObject().getDescription() + ")"));
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
            IDTokenClaimsSet claims = validator().validate(tokens.getOIDCTokens().getIDToken(), new Nonce(challenge.nonce()));
            return new FreshAuthentication(challenge.signer(), claims.getSubject().getValue(),
                    claims.getAuthenticationTime() == null ? null : claims.getAuthenticationTime().toInstant(),
                    claims.getIssueTime().toInstant());
        } catch (BadJOSEException | JOSEException e) {
            throw new SignatureRefusedException("The OpenID provider's answer did not verify: " + e.getMessage());
        } catch (ParseException | IOException e) {
            throw new IllegalStateException("Could not redeem the sign-in at the OpenID provider " + providerUrl, e);
        }
    }

    private OIDCProviderMetadata metadata() {
        OIDCProviderMetadata known = metadata;
        if (known == null) {
            try {
                known = OIDCProviderMetadata.resolve(new Issuer(providerUrl));
            } catch (com.nimbusds.oauth2.sdk.GeneralException | IOException e) {
                // not cached: the next signing asks the provider again
                throw new IllegalStateException("The OpenID provider " + providerUrl + " could not be reached", e);
            }
            metadata = known;
        }
        return known;
    }

    private IDTokenValidator validator() throws IOException {
        IDTokenValidator known = validator;
        if (known == null) {
            known = new IDTokenValidator(metadata().getIssuer(), clientId, JWSAlgorithm.RS256, metadata().getJWKSetURI().toURL());
            validator = known;
        }
        return known;
    }
}
