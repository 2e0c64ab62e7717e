package org.camsrv.settings;

import java.util.Objects;

/**
 * The whole configuration that Store Configuration writes and a start with stored configuration
 * reads. It grows a component per capability (camera settings come later); each holds only
 * values that may be stored in the clear.
 */
public record ServerConfiguration(ApiSettings api) {

    public ServerConfiguration {
        Objects.requireNonNull(api, "api");
    }

    public static ServerConfiguration defaults() {
        return new ServerConfiguration(ApiSettings.defaults());
    }

    public ServerConfiguration withApi(ApiSettings newApi) {
        return new ServerConfiguration(newApi);
    }
}
