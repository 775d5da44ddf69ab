export const id = 930;
export const ids = [930];
export const modules = {

/***/ 6930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   credentialChain: () => (/* binding */ credentialChain),
/* harmony export */   defaultCredential: () => (/* binding */ defaultCredential),
/* harmony export */   describeCredentialChain: () => (/* binding */ describeCredentialChain)
/* harmony export */ });
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3952);

/** Entra hosts of the public and sovereign clouds, which Entra's instance discovery knows. */
const CLOUD_AUTHORITY_HOSTS = [
    'login.microsoftonline.com',
    'login.microsoftonline.us',
    'login.chinacloudapi.cn',
    'login.partner.microsoftonline.cn',
];
/**
 * AZURE_AUTHORITY_HOST (the Entra of a sovereign cloud or an Azure Stack Hub's identity provider), and whether
 * Entra's instance discovery must be skipped: it only knows the clouds' own hosts.
 */
function authority(env) {
    const authorityHost = env.AZURE_AUTHORITY_HOST?.trim();
    if (!authorityHost)
        return {};
    let host = '';
    try {
        host = new URL(authorityHost).host.toLowerCase();
    }
    catch {
        // the identity library names the bad value itself
    }
    return {
        authorityHost,
        ...(CLOUD_AUTHORITY_HOSTS.includes(host) ? {} : { disableInstanceDiscovery: true }),
    };
}
function credentialChain(env = process.env) {
    const clientId = env.AZURE_CLIENT_ID;
    const tenantId = env.AZURE_TENANT_ID;
    const cloud = authority(env);
    const links = [];
    if (env.AZURE_FEDERATED_TOKEN_FILE && clientId && tenantId) {
        links.push({
            kind: 'workloadIdentity',
            description: `workload identity (client ${clientId}, tenant ${tenantId}, token file ${env.AZURE_FEDERATED_TOKEN_FILE})`,
            credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .WorkloadIdentityCredential */ .R9({
                clientId,
                tenantId,
                tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE,
                ...cloud,
            }),
        });
    }
    if (clientId && tenantId && env.AZURE_CLIENT_SECRET) {
        links.push({
            kind: 'servicePrincipalSecret',
            description: `service principal with a client secret (client ${clientId}, tenant ${tenantId})`,
            credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientSecretCredential */ .HC(tenantId, clientId, env.AZURE_CLIENT_SECRET, cloud),
        });
    }
    else if (clientId && tenantId && env.AZURE_CLIENT_CERTIFICATE_PATH) {
        links.push({
            kind: 'servicePrincipalCertificate',
            description: `service principal with a certificate (client ${clientId}, tenant ${tenantId})`,
            credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientCertificateCredential */ .m0(tenantId, clientId, {
                certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH,
                ...(env.AZURE_CLIENT_CERTIFICATE_PASSWORD
                    ? { certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD }
                    : {}),
            }, cloud),
        });
    }
    links.push({
        kind: 'azureCli',
        description: 'Azure CLI (az login)',
        credential: new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .AzureCliCredential */ .nG(tenantId ? { tenantId } : {}),
    });
    links.push({
        kind: 'managedIdentity',
        description: clientId ? `managed identity (client ${clientId})` : 'managed identity (system-assigned)',
        credential: clientId ? new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ManagedIdentityCredential */ .NC({ clientId }) : new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ManagedIdentityCredential */ .NC(),
    });
    return links;
}
/** The chained credential, in the documented order. */
function defaultCredential(env = process.env) {
    return new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ChainedTokenCredential */ .Rk(...credentialChain(env).map((l) => l.credential));
}
/** What the chain will try, for the log (no secrets). */
function describeCredentialChain(env = process.env) {
    return credentialChain(env).map((l) => l.description);
}


/***/ })

};
