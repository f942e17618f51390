<?php
/**
 * The widgets' files: the loader (an ES module that defines only the widgets a page uses) and the
 * stylesheet that reserves each widget's space before it renders. Served by the site itself, or
 * by the npm CDN when the settings say so. Enqueued once, in <head>, only on pages with a widget.
 *
 * WordPress's script modules API (6.5+) would print the loader in the footer of classic themes and
 * could not add `integrity` before 6.9, so the loader goes through the script API on every version,
 * as a module (`script_loader_tag`).
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

const LOADER  = 'strong-cities-widgets-loader';
const RESERVE = 'strong-cities-widgets-reserve';

/** The folder of the widgets' files shipped in the plugin (the CDN folder of @strong-cities/embed). */
function local_embed_url(): string {
	return plugins_url( 'assets/embed/', PLUGIN_FILE );
}

/** Registers the loader and the reserve stylesheet; nothing is printed until a page uses a widget. */
function register_assets(): void {
	$embed = Generated\embed();
	if ( uses_cdn() ) {
		// the URL names the exact version: no query string, so the file is the one the integrity covers
		wp_register_script( LOADER, $embed['cdn'] . 'loader.js', array(), null, false );
	} else {
		wp_register_script( LOADER, local_embed_url() . 'loader.js', array(), $embed['version'], false );
	}
	wp_register_style( RESERVE, plugins_url( 'assets/reserve.css', PLUGIN_FILE ), array(), $embed['version'] );
}

/** Enqueues the loader and the reserve stylesheet, once. */
function use_assets(): void {
	if ( wp_script_is( LOADER, 'enqueued' ) || wp_script_is( LOADER, 'done' ) ) {
		return;
	}
	wp_enqueue_script( LOADER );
	wp_enqueue_style( RESERVE );
}

/**
 * The loader's tag: a module, with `integrity` and `crossorigin` when it comes from the CDN.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 */
function module_tag( $tag, $handle, $src ): string {
	if ( LOADER !== $handle ) {
		return (string) $tag;
	}
	$attributes = array(
		'type' => 'module',
		'src'  => $src,
		'id'   => LOADER . '-js',
	);
	if ( uses_cdn() ) {
		$attributes['integrity']   = Generated\embed()['integrity'];
		$attributes['crossorigin'] = 'anonymous';
	}
	return wp_get_script_tag( $attributes );
}

/**
 * True when the content holds a widget's block or shortcode, directly or in a reusable block
 * (synced pattern) it includes.
 *
 * @param string $content Post content.
 * @param int    $depth   How many reusable blocks deep this content is.
 */
function content_uses_widgets( string $content, int $depth = 0 ): bool {
	if ( str_contains( $content, '<!-- wp:strong-cities/' ) ) {
		return true;
	}
	foreach ( Generated\widgets() as $widget ) {
		if ( str_contains( $content, '[' . $widget['shortcode'] ) && has_shortcode( $content, $widget['shortcode'] ) ) {
			return true;
		}
	}
	if ( $depth < 3 && preg_match_all( '/<!-- wp:block \{"ref":(\d+)/', $content, $refs ) ) {
		foreach ( $refs[1] as $id ) {
			$reused = get_post( (int) $id );
			if ( $reused instanceof \WP_Post && content_uses_widgets( $reused->post_content, $depth + 1 ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * On pages whose posts use a widget, enqueues the files before <head> is printed. Block themes
 * render their templates before <head>, so blocks placed there enqueue as they render; anything
 * found only later (a widget area of a classic theme) still gets the files, in the footer.
 */
function enqueue_for_page(): void {
	global $wp_query;
	$posts = $wp_query instanceof \WP_Query && is_array( $wp_query->posts ) ? $wp_query->posts : array();
	foreach ( $posts as $post ) {
		if ( $post instanceof \WP_Post && content_uses_widgets( $post->post_content ) ) {
			use_assets();
			return;
		}
	}
}
