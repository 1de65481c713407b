package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsResponse;
import software.amazon.awssdk.services.sso.model.ListAccountRolesResponse;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/** The IAM Identity Center portal: the user's accounts, their roles, and role credentials. */
public final class SsoPortal {
    private final SsoClient client;

    public SsoPortal(SsoClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    /** Every account assigned to the user, across pages, sorted by name. */
    public List<SsoAccount> accounts(SsoToken token) throws SignInException {
        List<SsoAccount> accounts = new ArrayList<>();
        String next = null;
        try {
            do {
                String page = next;
                ListAccountsResponse response = client.listAccounts(request -> request
                        .accessToken(token.accessToken()).nextToken(page).maxResults(100));
                response.accountList().forEach(account -> accounts.add(new SsoAccount(account.accountId(),
                        nonNull(account.accountName()), nonNull(account.emailAddress()))));
                next = response.nextToken();
            } while (next != null && !next.isEmpty());
        } catch (SdkException e) {
            throw new SignInException("cannot list your AWS accounts: " + DeviceAuthorization.describe(e), e);
        }
        accounts.sort(java.util.Comparator.comparing(SsoAccount::accountName));
        return List.copyOf(accounts);
    }

    /** The role names the user may take in an account, across pages. */
    public List<String> roles(SsoToken token, String accountId) throws SignInException {
        List<String> roles = new ArrayList<>();
        String next = null;
        try {
            do {
                String page = next;
                ListAccountRolesResponse response = client.listAccountRoles(request -> request
                        .accessToken(token.accessToken()).accountId(accountId).nextToken(page).maxResults(100));
                response.roleList().stream().map(RoleInfo::roleName).forEach(roles::add);
                next = response.nextToken();
            } while (next != null && !next.isEmpty());
        } catch (SdkException e) {
            throw new SignInException("cannot list your roles in " + accountId + ": " + DeviceAuthorization.describe(e), e);
        }
        return List.copyOf(roles);
    }

    public RoleCredentials credentials(SsoToken token, String accountId, String roleName) throws SignInException {
        try {
            GetRoleCredentialsResponse response = client.getRoleCredentials(request -> request
                    .accessToken(token.accessToken()).accountId(accountId).roleName(roleName));
            var credentials = response.roleCredentials();
            if (credentials == null || credentials.accessKeyId() == null) {
                throw new SignInException("IAM Identity Center returned no credentials for " + roleName);
            }
            return new RoleCredentials(accountId, roleName, credentials.accessKeyId(), credentials.secretAccessKey(),
                    credentials.sessionToken(), Instant.ofEpochMilli(credentials.expiration()));
        } catch (SdkException e) {
            throw new SignInException("cannot get credentials for " + roleName + " in " + accountId + ": "
                    + DeviceAuthorization.describe(e), e);
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
