<?php
/**
 * A widget's attributes from a block or a shortcode: only the attributes the widget declares, each
 * checked for its kind and escaped. A value that cannot be used is left out, so the widget shows
 * its own default instead of breaking the page.
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

/** Protocols a widget's URL attribute may use: the widgets' own rule (http, https, mailto). */
const URL_PROTOCOLS = array( 'http', 'https', 'mailto' );

/**
 * The widget's definition (tag, block, shortcode, attributes), or null for an unknown tag.
 *
 * @param string $tag A widget's tag, such as scn-share-bar.
 */
function widget( string $tag ): ?array {
	return Generated\widgets()[ $tag ] ?? null;
}

/**
 * True for a boolean attribute that is set: a block's true, or a shortcode's bare name, "1",
 * "true", "yes" or "on".
 *
 * @param mixed $value The value given.
 */
function is_on( $value ): bool {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * The escaped value to write for one attribute; true for a boolean that is on; null to leave the
 * attribute out.
 *
 * @param array $attribute The attribute's definition (kind, values).
 * @param mixed $value     The value given.
 * @return string|true|null
 */
function attribute_value( array $attribute, $value ) {
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$text = trim( (string) $value );
	switch ( $attribute['kind'] ) {
		case 'boolean':
			return is_on( $value ) ? true : null;
		case 'enum':
			$text = strtolower( $text );
			return in_array( $text, $attribute['values'], true ) ? esc_attr( $text ) : null;
		case 'number':
			return is_numeric( $text ) && is_finite( (float) $text ) ? esc_attr( $text ) : null;
		case 'url':
			$url = '' === $text ? '' : esc_url( $text, URL_PROTOCOLS );
			return '' === $url ? null : $url;
		default:
			$escaped = esc_attr( $text );
			return '' === $escaped ? null : $escaped;
	}
}

/**
 * The attributes of a widget's tag, as HTML (each with a leading space).
 *
 * @param array $widget The widget's definition.
 * @param array $values Attribute values by name; names the widget does not declare are ignored.
 */
function html_attributes( array $widget, array $values ): string {
	$html = '';
	foreach ( $widget['attributes'] as $name => $attribute ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = attribute_value( $attribute, $values[ $name ] );
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( null !== $value ) {
			$html .= ' ' . $name . '="' . $value . '"';
		}
	}
	return $html;
}

/**
 * The site's settings fill in what a block or shortcode leaves at its default: the colour scheme,
 * and the membership call's source tag.
 *
 * @param array $widget The widget's definition.
 * @param array $values Attribute values by name.
 */
function with_site_defaults( array $widget, array $values ): array {
	$settings = settings();
	foreach ( array( 'theme', 'source' ) as $name ) {
		$given = $values[ $name ] ?? null;
		if ( isset( $widget['attributes'][ $name ] ) && '' !== $settings[ $name ] && ( null === $given || '' === $given ) ) {
			$values[ $name ] = $settings[ $name ];
		}
	}
	return $values;
}
