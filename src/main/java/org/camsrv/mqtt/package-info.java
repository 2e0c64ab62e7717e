/**
 * MQTT with Home Assistant discovery: one connection to the owner's broker (Eclipse Paho) on threads of
 * its own, discovery and state for each camera, events, and commands run as the configuring SuperUser.
 */
package org.camsrv.mqtt;
