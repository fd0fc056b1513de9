package org.openmes.security.liberty;

import com.ibm.websphere.security.WSSecurityException;
import com.ibm.websphere.security.auth.CredentialDestroyedException;
import com.ibm.websphere.security.auth.WSSubject;
import com.ibm.websphere.security.cred.WSCredential;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.login.CredentialExpiredException;
import org.openmes.security.service.CallerGroups;

/**
 * The caller's groups as Liberty holds them: the group ids of the caller subject's {@link WSCredential}, which
 * the OpenID Connect client fills from the identity provider's groups and MicroProfile JWT from the
 * {@code groups} claim. Ids have the form {@code group:<realm>/<name>}; the MES maps the {@code <name>}.
 */
@ApplicationScoped
public class LibertyCallerGroups implements CallerGroups {
    private static final String GROUP_PREFIX = "group:";

    @Override
    public Set<String> groups() {
        try {
            Subject subject = WSSubject.getCallerSubject();
            Set<String> groups = new HashSet<>();
            if (subject == null) {
                return groups;
            }
            for (WSCredential credential : subject.getPublicCredentials(WSCredential.class)) {
                String realm = credential.getRealmName();
                for (Object groupId : credential.getGroupIds()) {
                    groups.add(groupName(String.valueOf(groupId), realm));
                }
            }
            return groups;
        } catch (WSSecurityException | CredentialDestroyedException | CredentialExpiredException e) {
            throw new IllegalStateException("Reading the caller's groups from Liberty failed", e);
        }
    }

    /**
     * The group's name in {@code group:<realm>/<name>}. The realm of an OpenID provider is its issuer URL, which
     * has slashes of its own, so the known realm is cut off first; a name may itself contain slashes (Keycloak's
     * group paths).
     */
    static String groupName(String groupId, String realm) {
        String id = groupId.startsWith(GROUP_PREFIX) ? groupId.substring(GROUP_PREFIX.length()) : groupId;
        if (realm != null && id.startsWith(realm + "/")) {
            return id.substring(realm.length() + 1);
        }
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }
}
