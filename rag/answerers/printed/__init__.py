"""What the documents print outside the outline: signature blocks (who holds a post, who signed), the documents they cite, a phrase quoted, a blank to fill."""
