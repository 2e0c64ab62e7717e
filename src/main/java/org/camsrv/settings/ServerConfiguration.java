package org.camsrv.settings;

import java.util.Objects;

/**
 * The whole configuration that Store Configuration writes and a start with stored configuration
 * reads. It grows a component per capability; each holds only values that may be stored in the
 * clear.
 */
public record ServerConfiguration(ApiSettings api, GeneralParameters parameters) {

    public ServerConfiguration {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(parameters, "parameters");
    }

    public ServerConfiguration(ApiSettings api) {
        this(api, GeneralParameters.defaults());
    }

    public ServerConfiguration withApi(ApiSettings newApi) {
        return new ServerConfiguration(newApi, parameters);
    }

    public ServerConfiguration withParameters(GeneralParameters newParameters) {
        return new ServerConfiguration(api, newParameters);
    }
}
