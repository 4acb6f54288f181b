// Passkeys through Spring Security's endpoints, installed once per page by PasskeyBrowser.
// Every call resolves to an outcome word for the server: it never throws to Vaadin.
if (!window.staffroomPasskeys) {
  const base64url = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return bytes.buffer;
    }
  };
  const post = async (site, path, body) => {
    const response = await fetch(site.contextPath + path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", [site.csrfHeader]: site.csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  };
  const outcomeOf = (error) => (error && error.name === "NotAllowedError" ? "cancelled" : "failed");
  window.staffroomPasskeys = {
    supported() {
      return Boolean(window.isSecureContext && window.PublicKeyCredential && navigator.credentials);
    },
    async signIn(site, navigate) {
      if (!this.supported()) {
        return "unsupported";
      }
      try {
        const options = await post(site, "/webauthn/authenticate/options");
        const credential = await navigator.credentials.get({ publicKey: {
          ...options,
          challenge: base64url.decode(options.challenge),
          allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
        } });
        const response = credential.response;
        const result = await post(site, "/login/webauthn", {
          id: credential.id,
          rawId: base64url.encode(credential.rawId),
          type: credential.type,
          response: {
            authenticatorData: base64url.encode(response.authenticatorData),
            clientDataJSON: base64url.encode(response.clientDataJSON),
            signature: base64url.encode(response.signature),
            userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
          },
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
        if (!(result && result.authenticated)) {
          return "failed";
        }
        if (navigate) {
          window.location.href = result.redirectUrl;
        }
        return "signed-in";
      } catch (error) {
        return outcomeOf(error);
      }
    },
    async register(site, label) {
      if (!this.supported()) {
        return "unsupported";
      }
      try {
        const options = await post(site, "/webauthn/register/options");
        const created = await navigator.credentials.create({ publicKey: {
          ...options,
          user: { ...options.user, id: base64url.decode(options.user.id) },
          challenge: base64url.decode(options.challenge),
          excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
        } });
        const result = await post(site, "/webauthn/register", { publicKey: { label, credential: {
          id: created.id,
          rawId: base64url.encode(created.rawId),
          type: created.type,
          response: {
            attestationObject: base64url.encode(created.response.attestationObject),
            clientDataJSON: base64url.encode(created.response.clientDataJSON),
            transports: created.response.getTransports ? created.response.getTransports() : []
          },
          clientExtensionResults: created.getClientExtensionResults(),
          authenticatorAttachment: created.authenticatorAttachment
        } } });
        return result && result.success ? "added" : "failed";
      } catch (error) {
        return outcomeOf(error);
      }
    }
  };
}
